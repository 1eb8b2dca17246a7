using Pilot1X.Cli;

return await Pilot1XCommandLine.RunAsync(args, Console.Out, Console.Error, Console.OpenStandardOutput(), TimeProvider.System);
