package io.aisle.media.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The responsive sizes of a decoded picture, encoded anew from its pixels alone, so nothing of the upload's
 * metadata (EXIF with GPS position, camera serial, comments) survives. JPEG for opaque pictures, PNG for
 * ones with transparency (there is no maintained pure-Java WebP or AVIF encoder; see docs/media.md).
 * Pictures are never upscaled: an upload narrower than a size gets its own width as its largest size.
 */
public final class Renditions {

    private static final float JPEG_QUALITY = 0.85f;

    private final List<Integer> widths;

    public Renditions(List<Integer> widths) {
        this.widths = List.copyOf(widths);
    }

    /** The encoded picture at each width, smallest first, and its format ("jpg" or "png"). */
    public record Encoded(String format, int width, int height, Map<Integer, byte[]> byWidth) {

        public String contentType() {
            return "png".equals(format) ? "image/png" : "image/jpeg";
        }
    }

    public Encoded of(BufferedImage image) {
        boolean transparent = image.getColorModel().hasAlpha();
        String format = transparent ? "png" : "jpg";
        Map<Integer, byte[]> byWidth = new LinkedHashMap<>();
        List<Integer> targets = targets(image.getWidth());
        int largest = targets.get(targets.size() - 1);
        for (int width : targets) {
            BufferedImage scaled = scale(image, width, transparent);
            byWidth.put(width, transparent ? png(scaled) : jpeg(scaled));
        }
        return new Encoded(format, largest, height(image, largest), byWidth);
    }

    List<Integer> targets(int originalWidth) {
        int max = widths.get(widths.size() - 1);
        List<Integer> targets = new ArrayList<>(widths.stream().filter(w -> w < originalWidth).toList());
        int top = Math.min(originalWidth, max);
        if (!targets.contains(top)) {
            targets.add(top);
        }
        return targets;
    }

    private static int height(BufferedImage image, int width) {
        return Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
    }

    /** Halves the picture while it is more than twice too wide, then draws it bicubic: sharp without aliasing. */
    private static BufferedImage scale(BufferedImage image, int width, boolean transparent) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), transparent);
        }
        return draw(current, width, height(image, width), transparent);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean transparent) {
        BufferedImage target = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
