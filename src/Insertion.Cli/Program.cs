using Insertion.Cli;

return InsertionCommand.Run(args, Console.Out, Console.Error);
