using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Archives;

/// <summary>
/// A write-only sink that keeps small content in memory, moves to a private temporary file beyond
/// <see cref="SpooledContent.MemoryThreshold"/> and throws <see cref="ContentTooLargeException"/> as soon as
/// more than <paramref name="maxBytes"/> arrive — so a decoder writing into it can never buffer a bomb.
/// </summary>
internal sealed class BoundedSpoolStream(long maxBytes) : Stream
{
    private Stream target = new MemoryStream();
    private bool detached;

    public long MaxBytes { get; } = maxBytes;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !detached;

    public override long Length => target.Length;

    public override long Position
    {
        get => target.Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(detached, this);
        if (target.Length + buffer.Length > MaxBytes)
        {
            throw new ContentTooLargeException(MaxBytes);
        }

        if (target is MemoryStream memory && memory.Length + buffer.Length > SpooledContent.MemoryThreshold)
        {
            var file = SpooledContent.CreateTempFile();
            memory.Position = 0;
            memory.CopyTo(file);
            memory.Dispose();
            target = file;
        }

        target.Write(buffer);
    }

    /// <summary>Hands over what was written, positioned at 0; the caller owns it.</summary>
    public Stream Detach()
    {
        ObjectDisposedException.ThrowIf(detached, this);
        detached = true;
        target.Position = 0;
        return target;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !detached)
        {
            detached = true;
            target.Dispose();
        }

        base.Dispose(disposing);
    }
}
