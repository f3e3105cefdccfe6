package org.civgis.web.placename;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.web.ogc.GeoFeature;

/** A place name as a GeoJSON feature of the {@code place-names} collection; id: the row id. */
final class PlaceNameFeatures {
  private PlaceNameFeatures() {}

  static GeoFeature feature(PlaceName name) {
    NameText t = name.text();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", name.code());
    p.put("standardName", t.standardName());
    p.put("specificPart", t.specificPart());
    p.put("genericPart", t.genericPart());
    p.put("shortName", t.shortName());
    p.put("aliases", t.aliases());
    p.put("categoryCode", t.categoryCode());
    p.put("romanization", t.romanization());
    p.put("officialTransliteration", t.officialTransliteration());
    p.put("minorityWrittenForm", t.minorityWrittenForm());
    p.put("minorityLanguage", t.minorityLanguage());
    p.put("meaning", t.meaning());
    p.put("origin", t.origin());
    p.put("history", t.history());
    p.put("divisionCode", name.divisionCode());
    p.put("divisionCodes", name.divisionCodes());
    p.put("status", name.status().name());
    p.put("statusName", name.status().chineseName());
    p.put("validFrom", name.validFrom());
    p.put("validTo", name.validTo());
    p.put("approvalAuthority", name.approval() == null ? null : name.approval().authority());
    p.put("approvalDate", name.approval() == null ? null : name.approval().date());
    p.put("approvalDocumentNo", name.approval() == null ? null : name.approval().documentNo());
    p.put("announcementNo", name.announcement() == null ? null : name.announcement().number());
    p.put("announcementDate", name.announcement() == null ? null : name.announcement().date());
    p.put("source", name.source());
    p.put("registrant", name.registrant());
    p.put("supersedesId", name.supersedesId());
    p.put("geometryGenerated", name.geometryGenerated());
    return new GeoFeature(Long.toString(name.id()), name.geometry(), p);
  }
}
