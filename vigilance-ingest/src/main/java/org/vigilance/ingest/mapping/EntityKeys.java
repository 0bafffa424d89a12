package org.vigilance.ingest.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Entity ids the way FollowTheMoney's mappings make them, so that a mapping gives the same ids here
 * as in Aleph or {@code ftm map}.
 *
 * <p>A keyed entity's id is the hex SHA-1 of, in this order: the dataset name (FtM's {@code
 * key_prefix}, the top-level name of the mapping file; nothing for a mapping without one), the
 * {@code key_literal}, then the non-empty key values sorted as UTF-8 bytes; all as UTF-8, with no
 * separator ({@code EntityMapping.compute_key}). When no key value is non-empty there is no entity.
 * When the mapping names a dataset, every id is then signed as FtM's {@code Namespace(dataset)}
 * does: {@code id + "." + hex(HMAC-SHA1(key = dataset, message = id))}, after dropping what follows
 * a last {@code .} (an earlier signature); ids that are not FtM ids (letters, digits, {@code .} and
 * {@code -}) cannot be signed. Aleph signs with its collection's foreign id, which its bulk loader
 * takes from the same top-level name, and {@code ftm map} signs by default.
 */
final class EntityKeys {
  static final Pattern FTM_ID = Pattern.compile("[0-9a-zA-Z]([0-9a-zA-Z.\\-]*[0-9a-zA-Z])?");

  private EntityKeys() {}

  /** The key hash, or null when every key value is empty. */
  static @Nullable String hash(
      @Nullable String dataset, @Nullable String keyLiteral, List<@Nullable String> keyValues) {
    List<byte[]> values = new ArrayList<>(keyValues.size());
    for (String value : keyValues) {
      if (value != null && !value.isEmpty()) {
        values.add(value.getBytes(UTF_8));
      }
    }
    if (values.isEmpty()) {
      return null;
    }
    values.sort(Arrays::compareUnsigned);
    MessageDigest digest = sha1();
    if (dataset != null) {
      digest.update(dataset.getBytes(UTF_8));
    }
    if (keyLiteral != null) {
      digest.update(keyLiteral.getBytes(UTF_8));
    }
    for (byte[] value : values) {
      digest.update(value);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The id signed for the dataset, or null when it is not an FtM id. */
  static @Nullable String sign(String dataset, String id) {
    if (!FTM_ID.matcher(id).matches()) {
      return null;
    }
    int dot = id.lastIndexOf('.');
    String plain = dot < 0 ? id : id.substring(0, dot);
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(dataset.getBytes(UTF_8), "HmacSHA1"));
      return plain + "." + HexFormat.of().formatHex(mac.doFinal(plain.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA1 is not available in this JDK", e);
    }
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-1 is not available in this JDK", e);
    }
  }
}
