namespace Insertion.Sentencing;

/// <summary>One change of state of a measure, with the day it happened and what caused it.</summary>
/// <param name="On">The day.</param>
/// <param name="From">State before.</param>
/// <param name="To">State after.</param>
/// <param name="Trigger">The cause.</param>
public sealed record TigStateChange(DateOnly On, TigState From, TigState To, TigTrigger Trigger);
