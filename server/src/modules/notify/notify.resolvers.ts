import type { Resolvers } from '../../generated/graphql.ts';
import { decodeCursor, encodeCursor, pageSize } from '../../lib/paging.ts';
import { requireSignedIn } from '../access/policy.ts';
import { deliveryFailures, retryDelivery } from './notify.delivery.ts';
import {
  contactOf,
  markRead,
  myNotifications,
  preferencesOf,
  setMyContact,
  setPreferences,
  unreadCount,
} from './notify.service.ts';

const isIsoTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

export const notifyResolvers: Resolvers = {
  Query: {
    myNotifications: async (_, { first, after, unreadOnly }, ctx) => {
      const actor = requireSignedIn(ctx.actor);
      const size = pageSize(first, 100, 20);
      const before = decodeCursor(after, isIsoTime);
      const rows = await myNotifications(ctx.db, actor.id, {
        first: size,
        before: before ? new Date(before) : undefined,
        unreadOnly: unreadOnly ?? false,
      });
      const nodes = rows.slice(0, size);
      const last = nodes.at(-1);
      return {
        nodes,
        pageInfo: {
          hasNextPage: rows.length > size,
          endCursor: last ? encodeCursor(last.createdAt.toISOString()) : null,
        },
        unreadCount: await unreadCount(ctx.db, actor.id),
      };
    },
    notificationPreferences: async (_, __, ctx) => await preferencesOf(ctx.db, requireSignedIn(ctx.actor).id),
    myContact: async (_, __, ctx) => await contactOf(ctx.db, requireSignedIn(ctx.actor).id),
    deliveryFailures: async (_, { first }, ctx) =>
      await deliveryFailures(ctx.db, requireSignedIn(ctx.actor), pageSize(first, 500, 100)),
  },
  Mutation: {
    markNotificationsRead: async (_, { ids }, ctx) =>
      await markRead(ctx.db, requireSignedIn(ctx.actor).id, ids ?? null),
    setNotificationPreferences: async (_, { input }, ctx) =>
      await setPreferences(ctx.db, requireSignedIn(ctx.actor).id, input),
    setMyContact: async (_, args, ctx) => await setMyContact(ctx.db, requireSignedIn(ctx.actor), args),
    retryDelivery: async (_, { id }, ctx) => await retryDelivery(ctx.db, requireSignedIn(ctx.actor), Number(id)),
  },
  Notification: {
    read: (n) => n.readAt !== null,
  },
  DeliveryFailure: {
    id: (f) => String(f.id),
  },
};
