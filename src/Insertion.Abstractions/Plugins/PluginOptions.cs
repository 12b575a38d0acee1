using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace Insertion.Abstractions;

/// <summary>Checks a plugin's options the same way the container does at start.</summary>
public static class PluginOptions
{
    /// <summary>
    /// Returns <paramref name="options"/> when its data annotations (and
    /// <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>) hold; otherwise throws.
    /// Plugins call it in their constructor, so a plugin built by hand is checked as one built by DI.
    /// </summary>
    /// <exception cref="OptionsValidationException">The options are invalid; the message lists every failure.</exception>
    public static TOptions Validated<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TOptions>(TOptions options, string? name = null)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var optionsName = name ?? Options.DefaultName;
        var result = new DataAnnotationValidateOptions<TOptions>(optionsName).Validate(optionsName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(optionsName, typeof(TOptions), result.Failures);
        }
        return options;
    }
}
