package com.gendan.complaint;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos and PDFs of a complaint, in Gendan's database: only the configured types (checked
 * against the file's own first bytes, not only the type the client names), up to the configured
 * size and number; every problem at once.
 */
@Service
@Transactional
class ComplaintAttachments {

  /** How each accepted type's files begin. */
  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
          "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));

  static final int FILE_NAME_MAX = 200;

  private final ComplaintAttachmentRepository attachments;
  private final ComplaintProperties properties;
  private final Clock clock;

  ComplaintAttachments(
      ComplaintAttachmentRepository attachments, ComplaintProperties properties, Clock clock) {
    this.attachments = attachments;
    this.properties = properties;
    this.clock = clock;
  }

  ComplaintAttachment.View attach(
      long complaintId, String fileName, String contentType, byte[] content, String userId) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = fileName == null ? "" : fileName.strip();
    if (name.isEmpty()) {
      problems.add(new FieldProblem("fileName", "请给出文件名"));
    } else if (name.length() > FILE_NAME_MAX
        || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
      problems.add(new FieldProblem("fileName", "文件名不能超过" + FILE_NAME_MAX + "个字符，且不能含路径或控制字符"));
    }
    String type =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    long max = properties.attachmentMaxSize().toBytes();
    if (!properties.attachmentTypes().contains(type) || !SIGNATURES.containsKey(type)) {
      problems.add(new FieldProblem("file", "只接受 JPG、PNG 照片或 PDF 文件，不接受：" + shown(type)));
    } else if (content.length > 0 && !startsWith(content, SIGNATURES.get(type))) {
      problems.add(new FieldProblem("file", "文件内容不是 " + type + "，请检查文件"));
    }
    if (content.length == 0) {
      problems.add(new FieldProblem("file", "文件是空的"));
    } else if (content.length > max) {
      problems.add(
          new FieldProblem(
              "file", "文件过大：" + kilobytes(content.length) + "，每个文件不能超过 " + kilobytes(max)));
    }
    if (attachments.countByComplaintId(complaintId) >= properties.attachmentsPerComplaint()) {
      problems.add(
          new FieldProblem("file", "每个客诉最多 " + properties.attachmentsPerComplaint() + " 个附件"));
    }
    InvalidRequestException.throwIfAny(problems);
    return attachments
        .save(new ComplaintAttachment(complaintId, name, type, content, userId, clock.instant()))
        .toView();
  }

  List<ComplaintAttachment.View> of(long complaintId) {
    return attachments.findByComplaintIdOrderById(complaintId).stream()
        .map(ComplaintAttachment::toView)
        .toList();
  }

  /** The complaint's attachment; another complaint's is as missing as one that does not exist. */
  @Transactional(readOnly = true)
  ComplaintAttachment load(long complaintId, long attachmentId) {
    return attachments
        .findById(attachmentId)
        .filter(a -> a.complaintId() == complaintId)
        .orElseThrow(() -> new NotFoundException("附件不存在：" + attachmentId));
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }

  private static String shown(String type) {
    return type.isEmpty() ? "（未注明类型）" : type.length() > 50 ? type.substring(0, 50) + "…" : type;
  }

  private static String kilobytes(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0)
        : String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
  }
}
