import { test } from "node:test";
import assert from "node:assert/strict";
import { isAntLaterId } from "./ant-later.js";

test("ant-later: a DOCNO of July–October 2018 is the later file's, one of the May 2018 sample is not", () => {
  assert.equal(isAntLaterId("BB-middleEast-864-20180809"), true);
  assert.equal(isAntLaterId("FR-internationalNews-2709-20181014"), true);
  assert.equal(isAntLaterId("SK-middleEast-1504-20180508"), false);
  assert.equal(isAntLaterId("snn-aaedbfad3bdc"), false);
  assert.equal(isAntLaterId("wn14-3"), false);
});
