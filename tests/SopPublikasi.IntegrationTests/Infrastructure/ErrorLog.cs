using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>Keeps the app's error log entries, so that a test that sees a 500 can say why.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public override string ToString() => string.Join("\n---\n", Entries);

    private sealed class Logger(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Entries.Enqueue($"{category}: {formatter(state, exception)}\n{exception}");
            }
        }
    }
}
