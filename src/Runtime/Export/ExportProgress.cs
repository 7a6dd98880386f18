using System.Diagnostics;
using System.Globalization;

namespace Pages;

/// <summary>
/// Shows how far the export got: on a terminal, one bar line redrawn in place (at most every 100 ms); in a log,
/// a plain line at each tenth of the work, so CI output stays short.
/// </summary>
internal sealed class ExportProgress
{
    private const int BarWidth = 30;
    private const long RedrawMilliseconds = 100;

    private readonly ExportConsole _console;
    private readonly int _total;
    private readonly Lock _gate = new();
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private int _done;
    private int _lastTenth;

    public ExportProgress(ExportConsole console, int total)
    {
        _console = console;
        _total = total;
    }

    /// <summary>Counts one finished job.</summary>
    public void Completed(string path)
    {
        lock (_gate)
        {
            _done++;
            if (_console.Interactive)
            {
                if (_done == _total || _sinceDraw.ElapsedMilliseconds >= RedrawMilliseconds)
                {
                    Draw(path);
                    _sinceDraw.Restart();
                }

                return;
            }

            int tenth = _total == 0 ? 10 : _done * 10 / _total;
            if (tenth > _lastTenth)
            {
                _lastTenth = tenth;
                _console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rendered {_done}/{_total} ({tenth * 10}%)"));
            }
        }
    }

    /// <summary>Ends the bar's line.</summary>
    public void Finish()
    {
        if (_console.Interactive && _total > 0)
        {
            lock (_gate)
            {
                _console.Out.WriteLine();
            }
        }
    }

    private void Draw(string path)
    {
        int filled = _total == 0 ? BarWidth : _done * BarWidth / _total;
        string shown = path.Length > 40 ? "…" + path[^39..] : path;
        _console.Out.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"\r  [{new string('#', filled)}{new string('-', BarWidth - filled)}] {_done}/{_total} {shown,-40}"));
    }
}
