using KazakhArticle.Web.Hosting;
using KazakhArticle.Web.Publishing;
using KazakhArticle.Web.Sharing;

var builder = WebApplication.CreateSlimBuilder(args);

builder.AddReaderLogging();
builder.AddReaderContent();
builder.AddReaderWeb();
builder.AddReaderPublishing();
builder.AddReaderSharing();

var app = builder.Build();

app.UseReaderPipeline();
app.MapReaderEndpoints();

app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
