package nl.sociaaldomein.atelier.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a {@link Writer} (the command's standard output), decoded as they come: a
 * character split over two writes is kept until it is whole. For a writer that encodes UTF-8
 * again, the bytes that arrive are the bytes that were written.
 */
final class WriterOutputStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int room = Math.min(pending.remaining(), end - at);
            pending.put(bytes, at, room);
            at += room;
            drain(false);
        }
    }

    private void drain(boolean endOfInput) {
        pending.flip();
        while (true) {
            decoder.decode(pending, chars, endOfInput);
            chars.flip();
            try {
                writer.append(chars);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boolean full = chars.limit() == chars.capacity();
            chars.clear();
            if (!full) {
                break;
            }
        }
        pending.compact();
    }

    @Override
    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        drain(true);
        flush();
    }
}
