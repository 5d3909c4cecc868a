/**
 * The time rules, in order. Parsers each read one pattern and may overlap; refiners then run
 * one after the other over the sorted candidates. Add a rule by writing its file and listing
 * it here.
 */
import type { Parser, Refiner } from './common/types.js';
import { ISODateParser } from './parsers/ISODateParser.js';
import { NumericDateParser, SlashDayParser } from './parsers/NumericDateParser.js';
import { DayRangeParser } from './parsers/DayRangeParser.js';
import { MonthDayParser } from './parsers/MonthDayParser.js';
import { DayMonthParser } from './parsers/DayMonthParser.js';
import { MonthYearParser } from './parsers/MonthYearParser.js';
import { MonthParser } from './parsers/MonthParser.js';
import { WeekdayParser } from './parsers/WeekdayParser.js';
import { YearParser } from './parsers/YearParser.js';
import { DecadeParser } from './parsers/DecadeParser.js';
import { CenturyParser } from './parsers/CenturyParser.js';
import { RelativeDayParser } from './parsers/RelativeDayParser.js';
import { RelativeUnitParser } from './parsers/RelativeUnitParser.js';
import { AgoParser } from './parsers/AgoParser.js';
import { DurationParser } from './parsers/DurationParser.js';
import { BarePluralDurationParser } from './parsers/BarePluralDurationParser.js';
import { TimeOfDayParser } from './parsers/TimeOfDayParser.js';
import { QuarterParser } from './parsers/QuarterParser.js';
import { SeasonParser } from './parsers/SeasonParser.js';
import { RefWordParser } from './parsers/RefWordParser.js';
import { SetParser } from './parsers/SetParser.js';
import { HolidayParser } from './parsers/HolidayParser.js';
import { WeekendParser } from './parsers/WeekendParser.js';
import { EdgeOfUnitParser } from './parsers/EdgeOfUnitParser.js';
import { FiscalPeriodParser } from './parsers/FiscalPeriodParser.js';
import { SpelledYearParser } from './parsers/SpelledYearParser.js';
import { TheYearParser } from './parsers/TheYearParser.js';
import { OverlapRemovalRefiner } from './refiners/OverlapRemovalRefiner.js';
import { MergeDateTimeRefiner } from './refiners/MergeDateTimeRefiner.js';
import { PartOfDayRefiner } from './refiners/PartOfDayRefiner.js';
import { ModifierRefiner } from './refiners/ModifierRefiner.js';
import { AnchorRefiner } from './refiners/AnchorRefiner.js';
import { FilterRefiner } from './refiners/FilterRefiner.js';
import { RangeRefiner } from './refiners/RangeRefiner.js';

export const PARSERS: readonly Parser[] = [
  ISODateParser,
  NumericDateParser,
  SlashDayParser,
  MonthDayParser,
  DayRangeParser,
  DayMonthParser,
  MonthYearParser,
  MonthParser,
  WeekdayParser,
  YearParser,
  DecadeParser,
  CenturyParser,
  RelativeDayParser,
  RelativeUnitParser,
  AgoParser,
  DurationParser,
  BarePluralDurationParser,
  TimeOfDayParser,
  QuarterParser,
  SeasonParser,
  RefWordParser,
  SetParser,
  HolidayParser,
  WeekendParser,
  EdgeOfUnitParser,
  FiscalPeriodParser,
  SpelledYearParser,
  TheYearParser,
];

export const REFINERS: readonly Refiner[] = [
  OverlapRemovalRefiner,
  MergeDateTimeRefiner,
  PartOfDayRefiner,
  ModifierRefiner,
  AnchorRefiner,
  RangeRefiner,
  FilterRefiner,
];
