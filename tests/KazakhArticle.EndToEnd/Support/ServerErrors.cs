using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace KazakhArticle.EndToEnd.Support;

/// <summary>
/// What the app logged at Error or above, kept for a failure message: a browser test sees only the page, and Blazor's
/// error bar says only that something went wrong on the server.
/// </summary>
public sealed class ServerErrors : ILogEventSink
{
    private readonly ConcurrentQueue<string> _errors = new();

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level >= LogEventLevel.Error)
        {
            _errors.Enqueue($"{logEvent.Timestamp:HH:mm:ss.fff} {logEvent.RenderMessage(CultureInfo.InvariantCulture)}\n{logEvent.Exception}");
        }
    }

    public override string ToString() => _errors.IsEmpty ? "(nothing)" : string.Join("\n", _errors);
}
