using System.Buffers;
using System.Diagnostics.Tracing;

namespace Pages.IntegrationTests.Limits;

/// <summary>
/// Counts the byte arrays rented from <see cref="ArrayPool{T}.Shared"/> and not returned, through the runtime's own
/// <c>System.Buffers.ArrayPoolEventSource</c> (its events cost nothing while no listener is enabled, so the render
/// path needs no counter of its own).
/// </summary>
public sealed class ArrayPoolListener : EventListener
{
    private const string SourceName = "System.Buffers.ArrayPoolEventSource";
    private const int BufferRented = 1;
    private const int BufferReturned = 3;

    private readonly Lock _gate = new();
    private readonly Dictionary<int, int> _outstanding = [];
    private readonly Dictionary<int, int> _poolOfRent = [];
    private int? _bytePoolId;

    /// <summary>How many byte arrays were rented since <see cref="Start"/>.</summary>
    public int Rents { get; private set; }

    /// <summary>Byte arrays rented since <see cref="Start"/> and not returned yet: their sizes.</summary>
    public IReadOnlyList<int> Outstanding()
    {
        lock (_gate)
        {
            return [.. _outstanding.Values];
        }
    }

    /// <summary>Finds the id of the shared byte pool (with a probe rent) and starts counting.</summary>
    public void Start()
    {
        byte[] probe = ArrayPool<byte>.Shared.Rent(1);
        ArrayPool<byte>.Shared.Return(probe);
        lock (_gate)
        {
            Assert.True(_poolOfRent.TryGetValue(probe.GetHashCode(), out int poolId), "the ArrayPool event source reported no rent");
            _bytePoolId = poolId;
            _poolOfRent.Clear();
            _outstanding.Clear();
            Rents = 0;
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == SourceName)
        {
            EnableEvents(eventSource, EventLevel.Verbose);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventId is not (BufferRented or BufferReturned) || e.Payload is null)
        {
            return;
        }

        int bufferId = (int)e.Payload[0]!;
        int size = (int)e.Payload[1]!;
        int poolId = (int)e.Payload[2]!;
        lock (_gate)
        {
            if (_bytePoolId is null)
            {
                // Before Start knows which pool is the shared byte pool: remember the pool of each rent.
                if (e.EventId == BufferRented)
                {
                    _poolOfRent[bufferId] = poolId;
                }

                return;
            }

            if (poolId != _bytePoolId)
            {
                return;
            }

            if (e.EventId == BufferRented)
            {
                Rents++;
                _outstanding[bufferId] = size;
            }
            else
            {
                _outstanding.Remove(bufferId);
            }
        }
    }
}
