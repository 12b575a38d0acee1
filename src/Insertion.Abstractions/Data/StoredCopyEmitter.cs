using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Insertion.Abstractions;

/// <summary>
/// Builds, once per type, the copier <see cref="StoredCopy"/> uses: a class is cloned member-wise
/// (one block copy of its fields) by an emitted method that then replaces each field that may hold a
/// copyable reference by its copy, after recording the clone in the identity map (cycles and shared
/// references keep their shape); structs holding references and arrays have typed copiers
/// (<see cref="StoredStructCopy{T}"/>, <see cref="StoredArrayCopy{T}"/>); a <see cref="Lock"/> becomes a new one.
/// </summary>
internal static class StoredCopyEmitter
{
    private static readonly MethodInfo CopyAny =
        typeof(StoredCopy).GetMethod(nameof(StoredCopy.Copy), BindingFlags.Static | BindingFlags.NonPublic)!;

    private static readonly MethodInfo CloneMethod =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static readonly MethodInfo SetSeen =
        typeof(Dictionary<object, object>).GetMethod("set_Item", [typeof(object), typeof(object)])!;

    /// <summary>The copier of objects whose runtime type is <paramref name="type"/> (never a shared type).</summary>
    public static Func<object, Dictionary<object, object>, object> CopierOf(Type type)
    {
        if (type == typeof(Lock))
        {
            return static (source, seen) =>
            {
#pragma warning disable CS9216 // a fresh lock, never locked through this reference
                object fresh = new Lock();
#pragma warning restore CS9216
                seen[source] = fresh;
                return fresh;
            };
        }
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            if (type.IsSZArray)
            {
                return Delegate<Func<object, Dictionary<object, object>, object>>(typeof(StoredArrayCopy<>), element, nameof(StoredArrayCopy<int>.Copy));
            }
            if (StoredCopy.IsStaticallyShared(element))
            {
                return static (source, seen) =>
                {
                    var copy = ((Array)source).Clone();
                    seen[source] = copy;
                    return copy;
                };
            }
            return (_, _) => throw new NotSupportedException($"Multi-dimensional arrays of {element} cannot be copied.");
        }
        if (type.IsValueType)
        {
            return Delegate<Func<object, Dictionary<object, object>, object>>(typeof(StoredStructCopy<>), type, nameof(StoredStructCopy<int>.CopyBoxed));
        }
        return EmitClass(type);
    }

    /// <summary>Emits the copier of a struct holding references: a copy of the value whose reference fields are copies.</summary>
    public static Func<T, Dictionary<object, object>, T> EmitStruct<T>()
    {
        var type = typeof(T);
        var method = new DynamicMethod("StoredCopy_" + type.Name, type, [type, typeof(Dictionary<object, object>)], typeof(StoredCopyEmitter).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        var copy = il.DeclareLocal(type);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Stloc, copy);
        foreach (var field in FieldsOf(type))
        {
            if (StoredCopy.IsStaticallyShared(field.FieldType))
            {
                continue;
            }
            il.Emit(OpCodes.Ldloca, copy);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, field);
            EmitCopyOf(il, field.FieldType);
            il.Emit(OpCodes.Stfld, field);
        }
        il.Emit(OpCodes.Ldloc, copy);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Func<T, Dictionary<object, object>, T>>();
    }

    private static Func<object, Dictionary<object, object>, object> EmitClass(Type type)
    {
        var method = new DynamicMethod("StoredCopy_" + type.Name, typeof(object), [typeof(object), typeof(Dictionary<object, object>)], typeof(StoredCopyEmitter).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        var source = il.DeclareLocal(type);
        var copy = il.DeclareLocal(type);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, type);
        il.Emit(OpCodes.Stloc, source);
        il.Emit(OpCodes.Ldloc, source);
        il.Emit(OpCodes.Call, CloneMethod);
        il.Emit(OpCodes.Castclass, type);
        il.Emit(OpCodes.Stloc, copy);
        // seen[source] = copy, before any field is copied: a cycle back to source finds the copy.
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldloc, copy);
        il.Emit(OpCodes.Callvirt, SetSeen);
        foreach (var field in FieldsOf(type))
        {
            if (StoredCopy.IsStaticallyShared(field.FieldType))
            {
                continue; // already copied by the member-wise clone
            }
            il.Emit(OpCodes.Ldloc, copy);
            il.Emit(OpCodes.Ldloc, source);
            il.Emit(OpCodes.Ldfld, field);
            EmitCopyOf(il, field.FieldType);
            il.Emit(OpCodes.Stfld, field);
        }
        il.Emit(OpCodes.Ldloc, copy);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Func<object, Dictionary<object, object>, object>>();
    }

    // Stack: a value of fieldType -> its copy (the identity map is argument 1).
    private static void EmitCopyOf(ILGenerator il, Type fieldType)
    {
        il.Emit(OpCodes.Ldarg_1);
        if (fieldType.IsValueType)
        {
            il.Emit(OpCodes.Call, typeof(StoredStructCopy<>).MakeGenericType(fieldType).GetMethod(nameof(StoredStructCopy<int>.Copy))!);
            return;
        }
        il.Emit(OpCodes.Call, CopyAny);
        if (fieldType != typeof(object))
        {
            il.Emit(OpCodes.Castclass, fieldType);
        }
    }

    private static TDelegate Delegate<TDelegate>(Type generic, Type argument, string name)
        where TDelegate : Delegate =>
        generic.MakeGenericType(argument).GetMethod(name, BindingFlags.Static | BindingFlags.Public)!.CreateDelegate<TDelegate>();

    private static List<FieldInfo> FieldsOf(Type type)
    {
        var list = new List<FieldInfo>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            list.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }
        return list;
    }
}
