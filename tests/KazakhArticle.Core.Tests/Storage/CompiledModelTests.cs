using KazakhArticle.Core.Storage;
using KazakhArticle.Core.Storage.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KazakhArticle.Core.Tests.Storage;

/// <summary>
/// The app runs on the model compiled ahead of time; EF would use a stale one without a word. After a change to the
/// entities or their configurations, regenerate it (from src/KazakhArticle.Core):
/// <c>dotnet ef dbcontext optimize --output-dir Storage/CompiledModel --namespace KazakhArticle.Core.Storage.CompiledModel</c>,
/// then delete the generated ReaderDbContextAssemblyAttributes.cs (the app names the model itself).
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_compiled_model_is_the_model_the_configurations_build()
    {
        using var built = new ReaderDbContext(new DbContextOptionsBuilder<ReaderDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var compiled = new ReaderDbContext(new DbContextOptionsBuilder<ReaderDbContext>().UseSqlite("Data Source=:memory:").UseModel(ReaderDbContextModel.Instance).Options);

        Assert.IsNotType<ReaderDbContextModel>(built.Model);
        Assert.Equal(Describe(built.Model), Describe(compiled.Model));
    }

    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(IEnumerable<string> (entity) =>
        [
            $"{entity.Name} in {entity.GetTableName()}",
            .. entity.GetProperties().Select(p =>
                $"  {p.Name}: {p.ClrType.Name} column {p.GetColumnName()} {p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} generated={p.ValueGenerated}"),
            .. entity.GetKeys().Select(k => $"  key {Names(k.Properties)} primary={k.IsPrimaryKey()}"),
            .. entity.GetIndexes().Select(i => $"  index {i.GetDatabaseName()} on {Names(i.Properties)} unique={i.IsUnique}"),
            .. entity.GetForeignKeys().Select(f => $"  foreign key {Names(f.Properties)} to {f.PrincipalEntityType.Name} delete={f.DeleteBehavior}"),
            .. entity.GetNavigations().Select(n => $"  navigation {n.Name} to {n.TargetEntityType.Name}"),
        ]),
    ];

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
