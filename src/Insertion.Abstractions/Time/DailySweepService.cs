using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Insertion.Abstractions;

/// <summary>
/// The hosted daily sweep (<c>AddDailySweep()</c>): at start, then just after each midnight of the
/// host's <see cref="TimeProvider"/> (local time), runs every module's sweep for the new day. A
/// failed run is logged (its exception type, no personal data) and tried again an hour later; the
/// sweeps are idempotent for a day.
/// </summary>
internal sealed partial class DailySweepService(DailySweeps sweeps, TimeProvider time, ILogger<DailySweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetLocalNow();
            var wait = new DateTimeOffset(now.Date.AddDays(1), now.Offset).AddSeconds(1) - now;
            try
            {
                await sweeps.RunAsync(time.Today(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name);
                wait = TimeSpan.FromHours(1);
            }
            await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The daily sweep failed ({ExceptionType}); it runs again in an hour.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
