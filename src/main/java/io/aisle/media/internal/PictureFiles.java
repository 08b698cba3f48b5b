package io.aisle.media.internal;

import io.aisle.media.ProductImage;
import io.aisle.media.data.ProductImageRepository.NewImage;
import io.aisle.media.storage.MediaStorage;
import io.aisle.media.storage.StorageUnavailableException;
import io.aisle.platform.RetryLaterException;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns checked upload bytes into stored files: decodes them ({@link ImageDecoder}), encodes the responsive
 * sizes ({@link Renditions}) and writes each under a new name, {@code products/<id>/<hash><random>-<width>.<ext>}.
 * The name starts with the content's hash and ends with a random part, so a file is never overwritten and two
 * uploads never share files: deleting one picture's files cannot take another's.
 */
public final class PictureFiles {

    private static final Logger log = LoggerFactory.getLogger(PictureFiles.class);

    /** Decoding holds the full picture in memory (4 bytes a pixel): only this many at once. */
    private static final int CONCURRENT_DECODES = 2;

    private final ImageDecoder decoder;
    private final Renditions renditions;
    private final MediaStorage storage;
    private final Semaphore decoding = new Semaphore(CONCURRENT_DECODES, true);
    private final SecureRandom random = new SecureRandom();

    public PictureFiles(ImageDecoder decoder, Renditions renditions, MediaStorage storage) {
        this.decoder = decoder;
        this.renditions = renditions;
        this.storage = storage;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks, encodes and stores the picture; the returned row is not written yet. */
    public NewImage store(long productId, Long variantId, String alt, byte[] bytes, String sourceHash) {
        String contentHash = sha256(bytes);
        Renditions.Encoded encoded = renditions.of(decode(bytes));
        byte[] nonce = new byte[4];
        random.nextBytes(nonce);
        String base = "products/" + productId + "/" + contentHash.substring(0, 16) + HexFormat.of().formatHex(nonce);
        for (Map.Entry<Integer, byte[]> size : encoded.byWidth().entrySet()) {
            storage.put(base + "-" + size.getKey() + "." + encoded.format(), size.getValue(), encoded.contentType());
        }
        return new NewImage(productId, variantId, alt, encoded.width(), encoded.height(),
                new ArrayList<>(encoded.byWidth().keySet()), base, encoded.format(), contentHash, sourceHash);
    }

    private BufferedImage decode(byte[] bytes) {
        boolean admitted = false;
        try {
            admitted = decoding.tryAcquire(30, TimeUnit.SECONDS);
            if (!admitted) {
                throw new DecodingBusyException();
            }
            return decoder.decode(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecodingBusyException();
        } finally {
            if (admitted) {
                decoding.release();
            }
        }
    }

    public void delete(NewImage image) {
        delete(image.base(), image.format(), image.widths());
    }

    public void delete(ProductImage image) {
        delete(image.base(), image.format(), image.widths());
    }

    /** Best effort: a file left behind is unreferenced and harmless, so a failing store is only logged. */
    private void delete(String base, String format, List<Integer> widths) {
        try {
            for (int width : widths) {
                storage.delete(base + "-" + width + "." + format);
            }
        } catch (StorageUnavailableException e) {
            log.warn("Left the unreferenced files of {} in the media storage", base);
        }
    }

    static final class DecodingBusyException extends RetryLaterException {

        DecodingBusyException() {
            super(503, "Busy", "The shop is processing too many images at once. Please try again.", Duration.ofSeconds(5));
        }
    }
}
