package org.civgis.web.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Reads the first worksheet of a legacy Excel 97–2003 workbook (.xls, BIFF8) as a stream of records
 * (POI's HSSF event API): the cells go to the {@link TableBuilder} as they come, and the reading
 * stops at the end of the first worksheet.
 *
 * <p>What is held: the workbook's shared strings (they sit in the file, which the upload limit
 * bounds), the number format of each cell style, and the cells within the table's limits. An .xls
 * has at most 65,536 rows and 256 columns.
 *
 * <p>Known limitations: the cached value of a formula is read, the formula never; an encrypted
 * workbook is refused.
 */
final class XlsTableReader {
  private XlsTableReader() {}

  static Table read(Path file, TableLimits limits) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      String stream = workbookStream(root);
      TableBuilder table = new TableBuilder(limits);
      HSSFRequest request = new HSSFRequest();
      request.addListenerForAllRecords(new FirstSheet(table));
      try (InputStream in = root.createDocumentInputStream(stream)) {
        new HSSFEventFactory().abortableProcessEvents(request, in);
      }
      return table.build();
    } catch (TableException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new TableException("Excel 工作簿已加密，请取消密码后再上传", e);
    } catch (IOException
        | RuntimeException
        | org.apache.poi.hssf.eventusermodel.HSSFUserException e) {
      throw new TableException("Excel 97-2003 工作簿（.xls）无法读取：" + e.getMessage(), e);
    }
  }

  private static String workbookStream(DirectoryNode root) {
    for (String name : InternalWorkbook.WORKBOOK_DIR_ENTRY_NAMES) {
      if (root.hasEntry(name)) {
        return name;
      }
    }
    if (root.hasEntry(InternalWorkbook.BOOK)) {
      return InternalWorkbook.BOOK;
    }
    if (root.hasEntry("EncryptedPackage")) {
      throw new TableException("Excel 工作簿已加密，请取消密码后再上传");
    }
    throw new TableException("不是有效的 Excel 工作簿（文件中没有工作簿数据）");
  }

  /** The cells of the first worksheet, each as text; stops the stream after its end. */
  private static final class FirstSheet extends AbortableHSSFListener {
    private final TableBuilder table;
    private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(null);
    private SSTRecord strings;
    private boolean date1904;
    private int depth;
    private int worksheets;
    private boolean inFirstSheet;
    private FormulaRecord pendingFormula;

    FirstSheet(TableBuilder table) {
      this.table = table;
    }

    @Override
    public short abortableProcessRecord(Record record) {
      formats.processRecordInternally(record);
      if (record instanceof BOFRecord bof) {
        depth++;
        if (depth == 1 && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
          inFirstSheet = ++worksheets == 1;
        }
        return 0;
      }
      if (record instanceof EOFRecord) {
        depth--;
        // 1 ends the stream: the first worksheet is read
        return (short) (depth == 0 && inFirstSheet ? 1 : 0);
      }
      if (record instanceof SSTRecord sst) {
        strings = sst;
      } else if (record instanceof DateWindow1904Record window) {
        date1904 = window.getWindowing() == 1;
      }
      if (inFirstSheet && depth == 1) {
        cell(record);
      }
      return 0;
    }

    private void cell(Record record) {
      if (record instanceof LabelSSTRecord label) {
        int index = label.getSSTIndex();
        if (strings == null || index < 0 || index >= strings.getNumStrings()) {
          throw new TableException(
              TableBuilder.at(label.getRow() + 1, label.getColumn()) + "引用了不存在的共享字符串");
        }
        put(label, strings.getString(index).getString());
      } else if (record instanceof LabelRecord label) {
        table.cell(label.getRow() + 1, label.getColumn(), label.getValue());
      } else if (record instanceof NumberRecord number) {
        put(number, number(number, number.getValue()));
      } else if (record instanceof BoolErrRecord value) {
        put(
            value,
            value.isBoolean()
                ? (value.getBooleanValue() ? "TRUE" : "FALSE")
                : FormulaError.forInt(value.getErrorValue()).getString());
      } else if (record instanceof FormulaRecord formula) {
        pendingFormula = null;
        CellType type = formula.getCachedResultTypeEnum();
        if (formula.hasCachedResultString()) {
          pendingFormula = formula; // its text follows in a STRING record
        } else if (type == CellType.BOOLEAN) {
          put(formula, formula.getCachedBooleanValue() ? "TRUE" : "FALSE");
        } else if (type == CellType.ERROR) {
          put(formula, FormulaError.forInt(formula.getCachedErrorValue()).getString());
        } else {
          put(formula, number(formula, formula.getValue()));
        }
      } else if (record instanceof StringRecord text && pendingFormula != null) {
        put(pendingFormula, text.getString());
        pendingFormula = null;
      }
    }

    private String number(CellValueRecordInterface cell, double value) {
      int index;
      String format;
      try {
        index = formats.getFormatIndex(cell);
        format = index < 0 ? null : formats.getFormatString(index);
      } catch (IndexOutOfBoundsException e) { // a style the workbook does not define
        index = 0;
        format = null;
      }
      return CellText.number(value, index, format, date1904);
    }

    private void put(CellValueRecordInterface cell, String text) {
      table.cell(cell.getRow() + 1, cell.getColumn(), text);
    }
  }
}
