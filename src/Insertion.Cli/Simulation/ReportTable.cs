namespace Insertion.Cli.Simulation;

/// <summary>A table of the report: shown in the terminal and the HTML page, written as <c>Name.csv</c>.</summary>
/// <param name="Name">File stem of its CSV.</param>
/// <param name="Title">Title shown above it.</param>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Cells as text (invariant culture, stable order); the long lists are made as they are read, row by row.</param>
internal sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows)
{
    /// <summary>Writes the table as RFC 4180 CSV (CRLF line ends, quotes where needed), row by row: the same bytes for the same table.</summary>
    public async Task WriteCsvAsync(TextWriter writer, CancellationToken ct)
    {
        await WriteRowAsync(writer, Header).ConfigureAwait(false);
        foreach (var row in Rows)
        {
            ct.ThrowIfCancellationRequested();
            await WriteRowAsync(writer, row).ConfigureAwait(false);
        }
    }

    private static async Task WriteRowAsync(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',').ConfigureAwait(false);
            }
            await writer.WriteAsync(Insertion.Contracts.StructureYearReportCsv.Field(cells[i])).ConfigureAwait(false);
        }
        await writer.WriteAsync("\r\n").ConfigureAwait(false);
    }
}
