namespace Insertion.Persistence.EntityFrameworkCore;

/// <summary>
/// The placeholders of a raw SQL text (<c>{0}</c>, <c>{1}</c>… as <c>SqlQueryRaw</c> and
/// <c>FromSqlRaw</c> take them, every value a parameter) and the chunks a long list of ids is sent in,
/// so that no query passes the providers' parameter limits.
/// </summary>
internal static class SqlParameters
{
    /// <summary>Ids per query.</summary>
    public const int Chunk = 500;

    /// <summary>The distinct ids (ordinal) in chunks of at most <see cref="Chunk"/>.</summary>
    public static IEnumerable<string[]> Chunks(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Chunk(Chunk);

    /// <summary><c>{from}, {from + 1}, …</c>: <paramref name="count"/> placeholders for an <c>IN (…)</c> list.</summary>
    public static string List(int from, int count) => string.Join(", ", Enumerable.Range(from, count).Select(i => "{" + i + "}"));
}
