using Insertion.Abstractions;
using Microsoft.Extensions.Options;

namespace Insertion.Sentencing;

/// <summary>The TIG part of the daily sweep (scoped): Active measures whose deadline is before today with hours left become Overdue (C. pén. 131-22).</summary>
internal sealed class TigOverdueSweep(TigService service, IOptions<SentencingOptions> options) : IDailySweep
{
    public async Task RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        if (options.Value.SweepOverdue)
        {
            await service.SweepAsync(today, cancellationToken).ConfigureAwait(false);
        }
    }
}
