using System.ComponentModel.DataAnnotations;

namespace Insertion.Sentencing;

/// <summary>Options of the Sentencing module (<c>builder.AddSentencing(o => …)</c>), validated at start.</summary>
public sealed class SentencingOptions
{
    /// <summary>Whether the daily sweep marks Active measures past their deadline with hours left as Overdue (C. pén. 131-22). Default true.</summary>
    public bool SweepOverdue { get; set; } = true;

    /// <summary>How many days ahead <see cref="TigReportService.DeadlineSoonAsync"/> looks for open measures whose deadline comes (0 to 366, default 30).</summary>
    [Range(0, 366)]
    public int DeadlineWarningDays { get; set; } = 30;
}
