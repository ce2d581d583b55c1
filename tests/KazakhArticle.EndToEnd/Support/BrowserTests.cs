namespace KazakhArticle.EndToEnd.Support;

/// <summary>
/// A class of browser tests against a <see cref="ReaderServer"/>: the pages a test opens are closed when it ends.
/// </summary>
/// <remarks>
/// Left open, every page the run had opened went on with its timers, idle layout passes and live-search connections in
/// the one Chromium, and each later test shared the two cores with all of them.
/// </remarks>
public abstract class BrowserTests(ReaderServer server) : IAsyncLifetime
{
    protected ReaderServer Server { get; } = server;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Server.ClosePagesAsync();
}
