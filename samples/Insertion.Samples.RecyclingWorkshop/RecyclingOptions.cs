using System.ComponentModel.DataAnnotations;

namespace Insertion.Samples.RecyclingWorkshop;

/// <summary>Options of the recycling workshop, from <c>Insertion:Workshops:recyclerie</c>.</summary>
public sealed class RecyclingOptions
{
    /// <summary>People in production at once.</summary>
    [Range(1, 30)]
    public int Capacity { get; set; } = 8;

    /// <summary>Days the shop opens to the public (the workshop produces on them).</summary>
    [MinLength(1)]
    public DayOfWeek[]? ShopDays { get; set; }
}
