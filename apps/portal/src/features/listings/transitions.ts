import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql';
import type { TransitionInput } from '../../gql/graphql';

export type ListingKindName = 'achievement' | 'demand';
export type TransitionAction = 'submit' | 'withdraw' | 'publish' | 'reject' | 'close' | 'reopen';

type TransitionDocument = TypedDocumentNode<unknown, { id: string; options?: TransitionInput | null }>;

const achievement: Record<TransitionAction, TransitionDocument> = {
  submit: graphql(`
    mutation SubmitAchievement($id: ID!, $options: TransitionInput) {
      submitAchievement(id: $id, options: $options) {
        id
        status
        version
      }
    }
  `),
  withdraw: graphql(`
    mutation WithdrawAchievement($id: ID!, $options: TransitionInput) {
      withdrawAchievement(id: $id, options: $options) {
        id
        status
        version
      }
    }
  `),
  publish: graphql(`
    mutation PublishAchievement($id: ID!, $options: TransitionInput) {
      publishAchievement(id: $id, options: $options) {
        id
        status
        version
      }
    }
  `),
  reject: graphql(`
    mutation RejectAchievement($id: ID!, $options: TransitionInput) {
      rejectAchievement(id: $id, options: $options) {
        id
        status
        version
        rejectReason
      }
    }
  `),
  close: graphql(`
    mutation CloseAchievement($id: ID!, $options: TransitionInput) {
      closeAchievement(id: $id, options: $options) {
        id
        status
        version
        closeReason
      }
    }
  `),
  reopen: graphql(`
    mutation ReopenAchievement($id: ID!, $options: TransitionInput) {
      reopenAchievement(id: $id, options: $options) {
        id
        status
        version
      }
    }
  `),
};

const demand: Record<TransitionAction, TransitionDocument> = {
  submit: graphql(`
    mutation SubmitDemand($id: ID!, $options: TransitionInput) {
      submitDemand(id: $id, options: $options) {
        id
        status
        version
      }
    }
  `),
  withdraw: graphql(`
    mutation WithdrawDemand($id: ID!, $options: TransitionInput) {
      withdrawDemand(id: $id, options: $options) {
        id
        status
        version
      }
    }
  `),
  publish: graphql(`
    mutation PublishDemand($id: ID!, $options: TransitionInput) {
      publishDemand(id: $id, options: $options) {
        id
        status
        version
      }
    }
  `),
  reject: graphql(`
    mutation RejectDemand($id: ID!, $options: TransitionInput) {
      rejectDemand(id: $id, options: $options) {
        id
        status
        version
        rejectReason
      }
    }
  `),
  close: graphql(`
    mutation CloseDemand($id: ID!, $options: TransitionInput) {
      closeDemand(id: $id, options: $options) {
        id
        status
        version
        closeReason
      }
    }
  `),
  reopen: graphql(`
    mutation ReopenDemand($id: ID!, $options: TransitionInput) {
      reopenDemand(id: $id, options: $options) {
        id
        status
        version
      }
    }
  `),
};

/** The lifecycle mutations of both libraries, which all take `(id, options)`. */
export const TRANSITIONS: Record<ListingKindName, Record<TransitionAction, TransitionDocument>> = {
  achievement,
  demand,
};

export const ACTION_LABELS: Record<TransitionAction, string> = {
  submit: '提交审核',
  withdraw: '撤回',
  publish: '发布',
  reject: '退回',
  close: '关闭',
  reopen: '重新发布',
};

export const ACTION_DONE: Record<TransitionAction, string> = {
  submit: '已提交，等待科技局审核',
  withdraw: '已撤回为草稿',
  publish: '已发布',
  reject: '已退回',
  close: '已关闭',
  reopen: '已重新发布',
};
