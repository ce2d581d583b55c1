// Three browser collections at once, where xunit would run one per core (two here): the shared collection mostly waits
// on pages (about one core's worth of work), while the accessibility cases and the published app's tests (publish,
// share image, Lighthouse) are Chromium's and Node's CPU. Three at once took 147 to 161 s on this 2-core machine,
// against 168 to 180 s for two (docs/testing.md, "Why three at once"). LiveSearchIdleTests, the fourth collection and
// one test, runs when a place is free.
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
