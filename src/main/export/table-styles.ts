import { COLOUR } from './palette';

export const TABLE_STYLE = {
  /** Ruled rows with a shaded header row: the action log. */
  grid: 'MinuteBookTable',
  /** No lines at all: the meeting details and the signature block, laid out in columns. */
  layout: 'MinuteBookLayout',
} as const;

/**
 * Table styles, which the docx library has no options for, as a styles part it merges with its
 * own. The header row's look comes from the style's first-row condition, so the rows stay plain.
 */
export const TABLE_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE.grid}">
    <w:name w:val="Minute Book Table"/>
    <w:basedOn w:val="TableNormal"/>
    <w:uiPriority w:val="59"/>
    <w:pPr><w:spacing w:after="0"/></w:pPr>
    <w:tblPr>
      <w:tblBorders>
        <w:top w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.blue}"/>
        <w:bottom w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.blue}"/>
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLOUR.rule}"/>
      </w:tblBorders>
      <w:tblCellMar>
        <w:top w:w="40" w:type="dxa"/>
        <w:left w:w="100" w:type="dxa"/>
        <w:bottom w:w="40" w:type="dxa"/>
        <w:right w:w="100" w:type="dxa"/>
      </w:tblCellMar>
    </w:tblPr>
    <w:tblStylePr w:type="firstRow">
      <w:rPr><w:b/><w:color w:val="${COLOUR.darkBlue}"/></w:rPr>
      <w:tblPr/>
      <w:trPr><w:tblHeader/></w:trPr>
      <w:tcPr>
        <w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="${COLOUR.blue}"/></w:tcBorders>
        <w:shd w:val="clear" w:color="auto" w:fill="${COLOUR.shade}"/>
      </w:tcPr>
    </w:tblStylePr>
  </w:style>
  <w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE.layout}">
    <w:name w:val="Minute Book Layout"/>
    <w:basedOn w:val="TableNormal"/>
    <w:uiPriority w:val="59"/>
    <w:pPr><w:spacing w:after="0"/></w:pPr>
    <w:tblPr>
      <w:tblBorders>
        <w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>
        <w:insideH w:val="nil"/><w:insideV w:val="nil"/>
      </w:tblBorders>
      <w:tblCellMar>
        <w:top w:w="0" w:type="dxa"/>
        <w:left w:w="0" w:type="dxa"/>
        <w:bottom w:w="0" w:type="dxa"/>
        <w:right w:w="227" w:type="dxa"/>
      </w:tblCellMar>
    </w:tblPr>
  </w:style>
</w:styles>`;
