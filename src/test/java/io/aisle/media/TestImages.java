package io.aisle.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Real image files for the media tests, made on the spot: pictures, a decompression bomb, EXIF, truncation. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB, Color.ORANGE), "jpg");
    }

    /** A JPEG that differs from every other one this makes (the seed is drawn into it). */
    public static byte[] jpeg(int width, int height, long seed) {
        BufferedImage image = picture(width, height, BufferedImage.TYPE_INT_RGB, new Color((int) (seed & 0xffffff)));
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.drawString(Long.toString(seed), 10, 20);
        g.dispose();
        return encode(image, "jpg");
    }

    /** A PNG with a transparent half. */
    public static byte[] transparentPng(int width, int height) {
        BufferedImage image = picture(width, height, BufferedImage.TYPE_INT_ARGB, Color.BLUE);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width / 2; x++) {
                image.setRGB(x, y, 0x00000000);
            }
        }
        return encode(image, "png");
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A valid PNG that declares {@code width} x {@code height} pixels in its header but holds only a few hundred
     * bytes: its compressed data is a run of zeros. Decoding it in full would need width * height * 3 bytes.
     */
    public static byte[] decompressionBomb(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[1 << 20]);
        deflater.finish();
        byte[] compressed = new byte[1 << 16];
        int length = deflater.deflate(compressed);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A JPEG of two halves, red on the left and blue on the right. */
    public static byte[] redLeftBlueRight(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(image, "jpg");
    }

    /** The JPEG with an EXIF segment whose orientation tag (0x0112) says how to turn it, big-endian as many cameras write. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0);
        return withApp1(jpeg, tiff.array());
    }

    /** The JPEG with an EXIF segment (APP1, after the JFIF segment), carrying {@code secret} as a tag value. */
    public static byte[] withExif(byte[] jpeg, String secret) {
        byte[] text = (secret + "\0").getBytes(StandardCharsets.US_ASCII);
        // a little-endian TIFF header and one IFD entry: ImageDescription (0x010E), ASCII, pointing at the text
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + text.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 12 + 4);
        tiff.putInt(0).put(text);
        return withApp1(jpeg, tiff.array());
    }

    private static byte[] withApp1(byte[] jpeg, byte[] tiff) {
        byte[] exif = ByteBuffer.allocate(6 + tiff.length).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff).array();
        int app0End = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff)); // SOI, then FF E0 and its length
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.write(0xFF);
        out.write(0xE1);
        int segmentLength = exif.length + 2;
        out.write(segmentLength >> 8);
        out.write(segmentLength & 0xff);
        out.writeBytes(exif);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage picture(int width, int height, int type, Color color) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, color, width, height, Color.WHITE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
