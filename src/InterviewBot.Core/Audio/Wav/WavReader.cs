using System.Buffers.Binary;

namespace InterviewBot.Core.Audio.Wav;

/// <summary>
/// Reads RIFF/WAVE: PCM 16, 24 and 32 bit, IEEE float 32 and 64 bit (also inside WAVE_FORMAT_EXTENSIBLE),
/// any sample rate and channel count. Unknown chunks are skipped; a corrupt or truncated file is an
/// error that says what was found where, never a partial silent read.
/// </summary>
public static class WavReader
{
    private const ushort FormatPcm = 1;
    private const ushort FormatFloat = 3;
    private const ushort FormatExtensible = 0xFFFE;

    public static WavReadResult Read(ReadOnlySpan<byte> file, string source)
    {
        string Fail(long at, string what) => $"{source}: at byte {at}: {what}";
        if (file.Length < 12) return new(null, Fail(0, $"{file.Length} bytes is too short for a WAV header; expected 'RIFF' size 'WAVE'"));
        if (!file[..4].SequenceEqual("RIFF"u8)) return new(null, Fail(0, "expected 'RIFF'; this is not a WAV file"));
        if (!file.Slice(8, 4).SequenceEqual("WAVE"u8)) return new(null, Fail(8, "expected 'WAVE' after the RIFF header"));

        ushort format = 0, channels = 0, bits = 0, blockAlign = 0;
        var rate = 0;
        var haveFormat = false;
        var at = 12;
        while (at + 8 <= file.Length)
        {
            var id = file.Slice(at, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(at + 4, 4));
            var body = at + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || body + 16 > file.Length) return new(null, Fail(at, "the 'fmt ' chunk is shorter than 16 bytes"));
                var fmt = file.Slice(body, (int)Math.Min(size, (uint)(file.Length - body)));
                format = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
                rate = (int)BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]);
                blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(fmt[12..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
                if (format == FormatExtensible)
                {
                    if (fmt.Length < 40) return new(null, Fail(at, "WAVE_FORMAT_EXTENSIBLE without its 40-byte format block"));
                    format = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]); // first two bytes of the sub-format GUID
                }
                haveFormat = true;
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (!haveFormat) return new(null, Fail(at, "'data' before 'fmt '; expected the format first"));
                var problem = Check(format, channels, rate, bits, blockAlign);
                if (problem is not null) return new(null, Fail(at, problem));
                if (body + (long)size > file.Length)
                    return new(null, Fail(at, $"truncated: the 'data' chunk declares {size} bytes but only {file.Length - body} follow"));
                if (size % blockAlign != 0)
                    return new(null, Fail(at, $"the 'data' chunk ({size} bytes) is not a whole number of {blockAlign}-byte frames"));
                return new(Decode(file.Slice(body, (int)size), format, channels, rate, bits, blockAlign), null);
            }
            at = body + (int)Math.Min(size + (size & 1), (uint)(file.Length - body)); // chunks are padded to even sizes
            if (size > file.Length) return new(null, Fail(at, $"a '{System.Text.Encoding.ASCII.GetString(id)}' chunk declares {size} bytes, more than the file"));
        }
        return new(null, Fail(at, haveFormat ? "no 'data' chunk; the file ends before any audio" : "no 'fmt ' chunk"));
    }

    private static string? Check(ushort format, ushort channels, int rate, ushort bits, ushort blockAlign)
    {
        if (format is not (FormatPcm or FormatFloat)) return $"audio format {format} is not supported; expected PCM (1) or IEEE float (3)";
        if (channels == 0) return "0 channels";
        if (rate is < 4_000 or > 384_000) return $"sample rate {rate} Hz is out of range (4 kHz to 384 kHz)";
        var ok = format == FormatPcm ? bits is 8 or 16 or 24 or 32 : bits is 32 or 64;
        if (!ok) return $"{bits}-bit {(format == FormatPcm ? "PCM" : "float")} is not supported; expected PCM 16/24/32 or float 32/64";
        if (blockAlign != channels * (bits / 8)) return $"block align {blockAlign} does not match {channels} channels of {bits} bits";
        return null;
    }

    private static PcmAudio Decode(ReadOnlySpan<byte> data, ushort format, ushort channels, int rate, ushort bits, ushort blockAlign)
    {
        var frames = data.Length / blockAlign;
        var output = new float[channels][];
        for (var c = 0; c < channels; c++) output[c] = new float[frames];
        var width = bits / 8;
        for (var f = 0; f < frames; f++)
        {
            for (var c = 0; c < channels; c++)
            {
                var s = data.Slice(f * blockAlign + c * width, width);
                output[c][f] = (format, bits) switch
                {
                    (FormatPcm, 8) => (s[0] - 128) / 128f,
                    (FormatPcm, 16) => BinaryPrimitives.ReadInt16LittleEndian(s) / 32768f,
                    (FormatPcm, 24) => ((s[2] << 24 | s[1] << 16 | s[0] << 8) >> 8) / 8388608f,
                    (FormatPcm, 32) => BinaryPrimitives.ReadInt32LittleEndian(s) / 2147483648f,
                    (FormatFloat, 32) => BinaryPrimitives.ReadSingleLittleEndian(s),
                    _ => (float)BinaryPrimitives.ReadDoubleLittleEndian(s),
                };
            }
        }
        return new PcmAudio(rate, output);
    }
}
