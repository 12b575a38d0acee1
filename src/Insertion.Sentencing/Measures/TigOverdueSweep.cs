using Insertion.Abstractions;

namespace Insertion.Sentencing;

/// <summary>The TIG part of the daily sweep: Active measures whose deadline is before today with hours left become Overdue (C. pén. 131-22).</summary>
internal sealed class TigOverdueSweep(TigService service) : IDailySweep
{
    public Task RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        service.Sweep(today);
        return Task.CompletedTask;
    }
}
