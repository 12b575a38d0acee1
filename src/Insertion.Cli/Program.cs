using Insertion.Cli;

return await InsertionCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
