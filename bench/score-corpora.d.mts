// Types for the plain-JS corpus helpers, so TypeScript tests can import them.
import type { Section } from '../src/shared/types';

export interface ScoredDoc { sections: readonly Section[]; topics: readonly string[][]; segments: { start: number; end: number; classes: string[] }[] }
export interface GroupScore { group: string; tp: number; fp: number; fn: number; p: number; r: number; f1: number }
export const GROUPS: string[];
/** Topic → evaluation group as the judge scores it (consent_exceptions, scope, other: none). */
export const TOPIC_GROUP: Record<string, string>;
export const OPP_TOPIC_GROUP: Record<string, string>;
export const OPP_GROUPS: string[];
export function isCa4pDev(id: number): boolean;
export function isOppDev(uid: number): boolean;
export function isCa4pTune(id: number): boolean;
export function isOppTune(uid: number): boolean;
export function readCa4p(): { id: number; name: string; text: string; segments: { cls: string; label: string; start: number; end: number }[] }[];
export function readOpp(): { uid: number; file: string; segments: { text: string; classes: string[]; labelled: boolean }[] }[];
export function splitSimple(text: string): Section[];
export function judgedSection(sections: readonly Section[], topics: readonly string[][], seg: { start: number; end: number }): number;
export function scoreSegments(docs: ScoredDoc[], classOfTopic: Record<string, string>, groups?: string[]): { rows: GroupScore[]; macroF1: number };
