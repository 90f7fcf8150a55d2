using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Anknytning.Benchmarks;

/// <summary>
/// Where a page's memory goes, from a <c>dotnet-trace --profile gc-verbose</c> trace of the app under load
/// (tests/tools/allocations.sh). The runtime reports a sampled allocation about every 100 kB, with its stack, so
/// a few seconds of load give thousands of samples: the shares are reliable, the bytes are rounded.
/// </summary>
public static class AllocationReport
{
    public static int Print(string tracePath, TextWriter output)
    {
        var byType = new Dictionary<string, long>();
        var byAppFrame = new Dictionary<string, long>();
        var byStack = new Dictionary<string, long>();
        long total = 0;
        using (var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath)))
        {
            foreach (var traceEvent in log.Events)
            {
                if (traceEvent is not GCAllocationTickTraceData tick)
                {
                    continue;
                }

                var size = tick.AllocationAmount64;
                total += size;
                Add(byType, tick.TypeName ?? "?", size);
                var frames = Frames(tick.CallStack()).ToList();
                Add(byAppFrame, frames.FirstOrDefault(f => f.StartsWith("Anknytning.", StringComparison.Ordinal)) ?? "(no frame of the app)", size);
                Add(byStack, string.Join("\n      <- ", frames.Take(4)), size);
            }
        }

        output.WriteLine($"{total / 1_000_000.0:F0} MB allocated in the trace");
        Top("by type", byType, 20);
        Top("by the nearest frame of the app (a Razor page or partial is its generated class)", byAppFrame, 20);
        Top("by stack (four frames)", byStack, 20);
        return 0;

        void Top(string title, Dictionary<string, long> counts, int n)
        {
            output.WriteLine($"\n{title}:");
            foreach (var (name, bytes) in counts.OrderByDescending(c => c.Value).Take(n))
            {
                output.WriteLine($"{100.0 * bytes / total,5:F1} %  {name}");
            }
        }
    }

    private static IEnumerable<string> Frames(TraceCallStack? stack)
    {
        for (; stack is not null; stack = stack.Caller)
        {
            var name = stack.CodeAddress.FullMethodName;
            if (!string.IsNullOrEmpty(name))
            {
                yield return name.Length > 120 ? name[..120] : name;
            }
        }
    }

    private static void Add(Dictionary<string, long> counts, string key, long bytes) =>
        counts[key] = counts.GetValueOrDefault(key) + bytes;
}
