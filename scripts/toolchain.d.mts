/** Types of the toolchain helpers that TypeScript code (the benchmark) uses. */
export declare function startThrowawayPostgres(): Promise<{ url: string; stop(): Promise<void> }>;
