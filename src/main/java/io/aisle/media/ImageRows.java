package io.aisle.media;

import io.aisle.media.data.ProductImageRepository;
import io.aisle.media.data.ProductImageRepository.NewImage;
import io.aisle.media.internal.PictureFiles;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes a picture's row once its files are stored, deciding races between uploads by the table's unique keys. */
final class ImageRows {

    private static final int INSERT_ATTEMPTS = 10;

    private final ProductImageRepository images;
    private final PictureFiles files;
    private final PrimaryImages primary;
    private final Clock clock;

    ImageRows(ProductImageRepository images, PictureFiles files, PrimaryImages primary, Clock clock) {
        this.images = images;
        this.files = files;
        this.primary = primary;
        this.clock = clock;
    }

    /**
     * Writes the row after the product's last picture (or at {@code position} when free). A concurrent insert
     * that took the position makes this one retry with the next; each round lets at least one insert through.
     * Of two inserts of the same picture, one wins and the other answers the winner's row.
     */
    ProductImage insert(NewImage image, int position) {
        for (int attempt = 1; ; attempt++) {
            try {
                int at = position > 0 && attempt == 1 ? position : images.lastPosition(image.productId()) + 1;
                long id = images.insertAt(image, at, clock.instant());
                primary.forget(image.productId());
                return images.find(image.productId(), id).orElseThrow();
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException clash) {
                if (clash instanceof PessimisticLockingFailureException
                        && TransactionSynchronizationManager.isActualTransactionActive()) {
                    // a deadlock rolled back the caller's whole transaction (a catalog import): going on would commit
                    // only what follows, so the caller must fail, or try the whole of it again
                    files.delete(image);
                    throw clash;
                }
                Optional<ProductImage> same = images.findByContent(image.productId(), image.contentHash())
                        .or(() -> image.sourceHash() == null ? Optional.empty()
                                : images.findBySource(image.productId(), image.sourceHash()));
                if (same.isPresent()) {
                    files.delete(image);
                    return same.get();
                }
                if (attempt == INSERT_ATTEMPTS) {
                    files.delete(image);
                    throw clash;
                }
            }
        }
    }
}
