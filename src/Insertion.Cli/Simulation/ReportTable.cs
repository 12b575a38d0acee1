using System.Text;

namespace Insertion.Cli.Simulation;

/// <summary>A table of the report: shown in the terminal and the HTML page, written as <c>Name.csv</c>.</summary>
/// <param name="Name">File stem of its CSV.</param>
/// <param name="Title">Title shown above it.</param>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Cells as text (invariant culture, stable order).</param>
internal sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>RFC 4180 CSV (CRLF line ends, quotes where needed), the same bytes for the same table.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Header.Select(Insertion.Contracts.StructureYearReportCsv.Field))).Append("\r\n");
        foreach (var row in Rows)
        {
            csv.Append(string.Join(',', row.Select(Insertion.Contracts.StructureYearReportCsv.Field))).Append("\r\n");
        }
        return csv.ToString();
    }
}
