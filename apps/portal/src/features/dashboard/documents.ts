import { graphql } from '../../gql';

export const DashboardDocument = graphql(`
  query Dashboard($year: Int!) {
    turnoverReport(year: $year, granularity: QUARTER) {
      year
      targetGrowthPercent
      total {
        amountWan
        contractCount
        lastYearAmountWan
        lastYearContractCount
        growthPercent
        meetsTarget
        targetAmountWan
      }
      periods {
        index
        label
        amountWan
        lastYearAmountWan
        targetAmountWan
        contractCount
        growthPercent
        meetsTarget
      }
    }
    matchFunnel(year: $year) {
      total
      closed
      stages {
        stage
        label
        reached
        current
        conversionPercent
      }
    }
    kpiBreakdown(dimension: INDUSTRY_CHAIN, year: $year) {
      key
      label
      matchCount
      contractedMatchCount
      contractCount
      turnoverWan
    }
    universities: kpiBreakdown(dimension: UNIVERSITY, year: $year) {
      key
      label
      matchCount
      contractedMatchCount
      contractCount
      turnoverWan
    }
    stageDurations(year: $year) {
      stage
      label
      medianDays
      samples
    }
  }
`);
