package io.aisle.media.internal;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The one piece of a JPEG's EXIF that is kept: its orientation (tag 0x0112), applied to the pixels before they
 * are re-encoded without any metadata, so a phone picture taken upright stays upright. Anything unexpected in
 * the EXIF data counts as "no orientation": the picture is then used as stored.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** 1 (as stored) to 8, read from the JPEG's first EXIF segment; 1 when there is none. */
    static int of(byte[] jpeg) {
        try {
            ByteBuffer in = ByteBuffer.wrap(jpeg);
            if (in.remaining() < 4 || in.getShort() != (short) 0xFFD8) {
                return 1;
            }
            while (in.remaining() >= 4) {
                int marker = in.getShort() & 0xFFFF;
                int length = in.getShort() & 0xFFFF;
                if (marker == 0xFFDA || (marker & 0xFF00) != 0xFF00 || length < 2) {
                    return 1; // image data starts, or not a marker: no EXIF before it
                }
                int next = in.position() + length - 2;
                if (marker == 0xFFE1 && length >= 16 && in.getInt() == 0x45786966 && in.getShort() == 0) { // "Exif\0\0"
                    return fromTiff(in.slice(in.position(), next - in.position()));
                }
                in.position(next);
            }
        } catch (RuntimeException broken) {
            // a short or malformed segment
        }
        return 1;
    }

    private static int fromTiff(ByteBuffer tiff) {
        tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The picture turned and mirrored as its orientation says (EXIF 2.3, tag 0x0112). */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            default -> t.setTransform(0, -1, 1, 0, 0, w);
        }
        boolean turned = orientation >= 5;
        BufferedImage target = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
