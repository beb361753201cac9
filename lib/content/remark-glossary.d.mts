export interface GlossaryTerm { id: string; term: string; definition: string; aliases: string[]; lang?: 'go' | 'rust' | 'both' }
export declare function glossaryMatcher(terms: GlossaryTerm[]): { re: RegExp; byAlias: Map<string, GlossaryTerm> } | null;
export declare function readGlossary(): GlossaryTerm[];
declare function remarkGlossary(options?: { terms?: GlossaryTerm[]; base?: string }): (tree: unknown) => void;
export default remarkGlossary;
