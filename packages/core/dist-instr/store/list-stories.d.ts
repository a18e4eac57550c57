/**
 * The names of the stories a store indexes (one per `fetch --manifest`), sorted; empty when it
 * indexes none.
 *
 * @example for (const story of await listStories('evidence')) console.log(story);
 */
export declare function listStories(dir: string): Promise<string[]>;
//# sourceMappingURL=list-stories.d.ts.map