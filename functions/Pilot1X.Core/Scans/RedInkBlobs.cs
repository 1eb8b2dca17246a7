namespace Pilot1X.Core.Scans;

/// <summary>
/// Groups red ink into blobs on a coarse cell grid: cells a couple of cells apart join, so a seal ring broken by
/// fading or by black text printed across it stays one blob, while separate marks (a letterhead rule, title words,
/// a seal) stay apart when they are farther than a few millimetres.
/// </summary>
internal static class RedInkBlobs
{
    /// <summary>A cell counts as red when it holds at least this many red pixels (isolated specks are noise).</summary>
    private const int MinRedPixelsPerCell = 2;

    /// <summary>Cells within this many cells of each other belong to the same blob.</summary>
    private const int JoinRadius = 2;

    /// <summary>Pixel bounding boxes of the blobs (inclusive left/top, exclusive right/bottom).</summary>
    public static List<(int Left, int Top, int Right, int Bottom)> Find(RedInkMap map)
    {
        // Cells of about 1 mm on an A4 page; joining two cells away bridges gaps up to about 3 mm.
        var cell = Math.Max(2, Math.Min(map.Width, map.Height) / 200);
        var columns = (map.Width + cell - 1) / cell;
        var rows = (map.Height + cell - 1) / cell;
        var counts = new int[columns * rows];
        var mask = map.Mask;
        for (var y = 0; y < map.Height; y++)
        {
            var rowOffset = (y / cell) * columns;
            var line = mask.AsSpan(y * map.Width, map.Width);
            for (var x = line.IndexOf((byte)1); x >= 0 && x < line.Length; x++)
            {
                counts[rowOffset + (x / cell)] += line[x];
            }
        }

        var blobs = new List<(int, int, int, int)>();
        var label = new bool[counts.Length];
        var stack = new Stack<int>();
        for (var start = 0; start < counts.Length; start++)
        {
            if (label[start] || counts[start] < MinRedPixelsPerCell)
            {
                continue;
            }

            int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
            label[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                int cx = current % columns, cy = current / columns;
                minX = Math.Min(minX, cx);
                maxX = Math.Max(maxX, cx);
                minY = Math.Min(minY, cy);
                maxY = Math.Max(maxY, cy);
                for (var ny = Math.Max(0, cy - JoinRadius); ny <= Math.Min(rows - 1, cy + JoinRadius); ny++)
                {
                    for (var nx = Math.Max(0, cx - JoinRadius); nx <= Math.Min(columns - 1, cx + JoinRadius); nx++)
                    {
                        var next = (ny * columns) + nx;
                        if (!label[next] && counts[next] >= MinRedPixelsPerCell)
                        {
                            label[next] = true;
                            stack.Push(next);
                        }
                    }
                }
            }

            blobs.Add((minX * cell, minY * cell, Math.Min(map.Width, (maxX + 1) * cell), Math.Min(map.Height, (maxY + 1) * cell)));
        }

        return blobs;
    }
}
