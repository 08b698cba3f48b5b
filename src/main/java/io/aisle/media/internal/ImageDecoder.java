package io.aisle.media.internal;

import io.aisle.media.ImageRejectedException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an upload as an image, trusting only its bytes: the format is what an ImageIO reader recognises
 * in them (not the file name or the declared type), the size is read from the header and checked against
 * the pixel limit before any pixel is decoded (a decompression bomb declares its huge size there), and an
 * image whose data ends early is refused (ImageIO only warns about a truncated JPEG and fills the rest grey).
 * A JPEG's EXIF orientation is applied to the pixels ({@link ExifOrientation}).
 */
public final class ImageDecoder {

    private final long maxBytes;
    private final long maxPixels;

    public ImageDecoder(long maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    public BufferedImage decode(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw ImageRejectedException.tooManyBytes(maxBytes);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw ImageRejectedException.notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignoreMetadata: EXIF and the like are never even parsed...
                // ...except the orientation, which only JPEGs carry and which says which way is up
                return ExifOrientation.apply(read(reader), ExifOrientation.of(bytes));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw ImageRejectedException.damaged();
        }
    }

    private BufferedImage read(ImageReader reader) throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw ImageRejectedException.damaged();
        }
        if (width * height > maxPixels) {
            throw ImageRejectedException.tooManyPixels(width, height, maxPixels);
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image;
        try {
            image = reader.read(0);
        } catch (RuntimeException broken) {
            // some readers fail on corrupt data with unchecked exceptions (index out of bounds and the like)
            throw ImageRejectedException.damaged();
        }
        if (!warnings.isEmpty()) {
            throw ImageRejectedException.damaged();
        }
        return image;
    }
}
