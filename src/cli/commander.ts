/**
 * commander, loaded as the CommonJS package it is (`require`), not through its ESM wrapper: Node's
 * ESM loader reads a CommonJS module's exports by parsing its source and translates each of its
 * files, which cost ~4 ms of the CLI's start-up (commander 12.8 → 8.5 CPU ms). The classes are the
 * package's own (one instance of the module either way), so `instanceof` holds for errors thrown
 * by commander. Every command imports commander's values from here.
 */
import { createRequire } from "node:module";
import type * as Commander from "commander";

const commander = createRequire(import.meta.url)("commander") as typeof Commander;

export const { Command, CommanderError, InvalidArgumentError, Option } = commander;
export type Command = Commander.Command;
export type CommanderError = Commander.CommanderError;
export type InvalidArgumentError = Commander.InvalidArgumentError;
export type Option = Commander.Option;
