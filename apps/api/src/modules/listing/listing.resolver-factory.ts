import type { ClassType } from 'type-graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { loadOrganization } from '../organization/organization-loader.js';
import { disclosesToViewer } from './disclosure.js';
import type { ListingKind } from './listing-kind.js';
import type { ListingAction } from './listing-lifecycle.js';
import { type ContactInput, ListingFilter, TransitionInput } from './listing.inputs.js';
import type { Listing } from './listing.entity.js';
import { ListingService, type ListingPage } from './listing.service.js';

interface ListingResolverConfig<T extends Listing, Input extends ContactInput> {
  kind: ListingKind<T, Input>;
  node: ClassType<T>;
  input: ClassType<Input>;
  connection: ClassType<ListingPage<T>>;
  singular: string;
  plural: string;
}

type Transition = Exclude<ListingAction, 'edit'>;

/** Queries, lifecycle mutations and tiered contact fields for one listing library. */
export function createListingResolver<T extends Listing, Input extends ContactInput>(
  config: ListingResolverConfig<T, Input>,
) {
  const { kind, node, input, connection, singular, plural } = config;
  const Name = kind.name;
  const service = (ctx: Context) => new ListingService(kind, ctx);
  const transition = (ctx: Context, action: Transition, id: string, options?: TransitionInput | null) =>
    service(ctx).transition(id, action, options ?? {});

  @Resolver(() => node)
  class ListingResolver {
    @Query(() => connection, { name: plural, description: `${kind.label}库（游标分页）` })
    list(
      @Arg('first', () => Int, { defaultValue: 20 }) first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
      @Arg('filter', () => ListingFilter, { nullable: true }) filter: ListingFilter | null,
      @Ctx() ctx: Context,
    ): Promise<ListingPage<T>> {
      return service(ctx).list(filter ?? {}, first, after);
    }

    @Query(() => node, { name: singular })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<T> {
      return service(ctx).get(id);
    }

    @Mutation(() => node, { name: `create${Name}`, description: `新建${kind.label}（草稿）` })
    create(@Arg('input', () => input) value: Input, @Ctx() ctx: Context): Promise<T> {
      return service(ctx).create(value);
    }

    @Mutation(() => node, {
      name: `update${Name}`,
      description: `修改${kind.label}；已发布的由成员修改后回到待审核`,
    })
    update(
      @Arg('id', () => ID) id: string,
      @Arg('input', () => input) value: Input,
      @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return service(ctx).update(id, value, expectedVersion);
    }

    @Mutation(() => node, { name: `submit${Name}` })
    submit(
      @Arg('id', () => ID) id: string,
      @Arg('options', () => TransitionInput, { nullable: true }) options: TransitionInput | null,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return transition(ctx, 'submit', id, options);
    }

    @Mutation(() => node, { name: `withdraw${Name}` })
    withdraw(
      @Arg('id', () => ID) id: string,
      @Arg('options', () => TransitionInput, { nullable: true }) options: TransitionInput | null,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return transition(ctx, 'withdraw', id, options);
    }

    @Mutation(() => node, { name: `publish${Name}` })
    publish(
      @Arg('id', () => ID) id: string,
      @Arg('options', () => TransitionInput, { nullable: true }) options: TransitionInput | null,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return transition(ctx, 'publish', id, options);
    }

    @Mutation(() => node, { name: `reject${Name}`, description: '退回（须填写原因）' })
    reject(
      @Arg('id', () => ID) id: string,
      @Arg('options', () => TransitionInput, { nullable: true }) options: TransitionInput | null,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return transition(ctx, 'reject', id, options);
    }

    @Mutation(() => node, { name: `close${Name}`, description: '关闭（须说明原因）' })
    close(
      @Arg('id', () => ID) id: string,
      @Arg('options', () => TransitionInput, { nullable: true }) options: TransitionInput | null,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return transition(ctx, 'close', id, options);
    }

    @Mutation(() => node, { name: `reopen${Name}` })
    reopen(
      @Arg('id', () => ID) id: string,
      @Arg('options', () => TransitionInput, { nullable: true }) options: TransitionInput | null,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return transition(ctx, 'reopen', id, options);
    }

    @FieldResolver(() => Organization)
    organization(@Root() listing: T, @Ctx() ctx: Context): Organization | Promise<Organization> {
      return loadOrganization(ctx, listing.owner);
    }

    @FieldResolver(() => Boolean, { description: '当前用户能否看到联系方式与保密详情' })
    disclosed(@Root() listing: T, @Ctx() ctx: Context): Promise<boolean> {
      return disclosesToViewer(ctx, listing);
    }

    @FieldResolver(() => String, { nullable: true })
    async contactName(@Root() listing: T, @Ctx() ctx: Context): Promise<string | null> {
      return (await disclosesToViewer(ctx, listing)) ? listing.contactName : null;
    }

    @FieldResolver(() => String, { nullable: true })
    async contactPhone(@Root() listing: T, @Ctx() ctx: Context): Promise<string | null> {
      return (await disclosesToViewer(ctx, listing)) ? listing.contactPhone : null;
    }

    @FieldResolver(() => String, { nullable: true })
    async contactEmail(@Root() listing: T, @Ctx() ctx: Context): Promise<string | null> {
      return (await disclosesToViewer(ctx, listing)) ? listing.contactEmail : null;
    }

    @FieldResolver(() => String, { nullable: true })
    async confidentialDetail(@Root() listing: T, @Ctx() ctx: Context): Promise<string | null> {
      return (await disclosesToViewer(ctx, listing)) ? listing.confidentialDetail : null;
    }
  }
  return ListingResolver;
}
