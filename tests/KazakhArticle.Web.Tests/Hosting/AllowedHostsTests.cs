using KazakhArticle.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace KazakhArticle.Web.Tests.Hosting;

/// <summary>
/// <c>AllowedHosts</c> names the hosts the site answers for; any other Host header is a 400 before anything reads it.
/// The shipped default is every host (<c>*</c>): an instance behind a proxy is reached under names it cannot know.
/// </summary>
public sealed class AllowedHostsTests(AllowedHostsTests.OneHostAppFactory app) : IClassFixture<AllowedHostsTests.OneHostAppFactory>
{
    public sealed class OneHostAppFactory : ReaderAppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["AllowedHosts"] = "kazakh.example;localhost" };
    }

    [Theory]
    [InlineData("kazakh.example", StatusCodes.Status200OK)]
    [InlineData("localhost:8080", StatusCodes.Status200OK)]
    [InlineData("evil.example", StatusCodes.Status400BadRequest)]
    [InlineData("kazakh.example.evil.example", StatusCodes.Status400BadRequest)]
    public async Task Only_the_configured_hosts_are_answered(string host, int status)
    {
        var context = await app.GetWithHostAsync("/ar", host);

        Assert.Equal(status, context.Response.StatusCode);
    }
}
