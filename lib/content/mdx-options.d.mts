export type PluginEntry = string | [string, Record<string, unknown>];
export declare const remarkPlugins: PluginEntry[];
export declare const rehypePlugins: PluginEntry[];
export declare const remarkGlossaryPath: string;
export declare const codeLangs: string[];
