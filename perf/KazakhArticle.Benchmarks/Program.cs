using BenchmarkDotNet.Running;

namespace KazakhArticle.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project perf/KazakhArticle.Benchmarks -- --filter '*'</c>. Not top-level statements:
/// their <c>Program</c> would clash with the web app's public one.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
