using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace KazakhArticle.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project perf/KazakhArticle.Benchmarks -- --filter '*'</c>. Not top-level statements:
/// their <c>Program</c> would clash with the web app's public one.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        // BenchmarkDotNet rebuilds the app's projects for each job; on a busy 2-core machine that takes longer
        // than its default 2 minutes.
        var config = ManualConfig.Create(DefaultConfig.Instance);
        config.BuildTimeout = TimeSpan.FromMinutes(15);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args, config);
    }
}
